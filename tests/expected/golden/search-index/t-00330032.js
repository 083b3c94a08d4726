ArchiveIndex.terms("00330032",{"32":[25,75,10,37]},{});
