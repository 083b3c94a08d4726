ArchiveIndex.terms("00310032",{"12":[48,69,5,88]},{});
