ArchiveIndex.terms("00320033",{"23":[41,66,9,89]},{});
