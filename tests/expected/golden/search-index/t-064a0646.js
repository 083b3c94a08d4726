ArchiveIndex.terms("064a0646",{"يناير":[0,78]},{});
