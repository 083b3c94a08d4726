ArchiveIndex.terms("00310032",{"12":[16,69,9,44]});
