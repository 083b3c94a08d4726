ArchiveIndex.terms("00320033",{"23":[13,76,9,36]},{});
