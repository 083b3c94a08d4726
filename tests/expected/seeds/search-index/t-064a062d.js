ArchiveIndex.terms("064a062d",{"يحذر":[0,41]},{});
