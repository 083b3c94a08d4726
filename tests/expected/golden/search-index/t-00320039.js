ArchiveIndex.terms("00320039",{"29":[14,66,10,89]},{});
