ArchiveIndex.terms("064a0627",{"يان":[0,41]},{});
