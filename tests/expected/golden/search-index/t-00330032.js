ArchiveIndex.terms("00330032",{"32":[22,37,37,75]});
