ArchiveIndex.terms("00330032",{"32":"m$fZ$}"},{});
