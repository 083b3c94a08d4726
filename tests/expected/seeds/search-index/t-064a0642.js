ArchiveIndex.terms("064a0642",{"يقول":"Pz"},{});
