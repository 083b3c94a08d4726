ArchiveIndex.terms("00310032",{"12":[10,69,5,44]},{});
