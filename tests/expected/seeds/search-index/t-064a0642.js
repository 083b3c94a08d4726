ArchiveIndex.terms("064a0642",{"يقول":[0,41]},{});
