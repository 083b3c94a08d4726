ArchiveIndex.terms("00310038",{"18":[18,69,10,44]});
