ArchiveIndex.terms("00330032",{"32":[28,66,10,89]},{});
