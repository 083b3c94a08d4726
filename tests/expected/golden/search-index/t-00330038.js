ArchiveIndex.terms("00330038",{"38":[6,76,17,36]});
