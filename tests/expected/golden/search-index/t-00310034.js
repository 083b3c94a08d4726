ArchiveIndex.terms("00310034",{"14":[16,36,39,76]});
