ArchiveIndex.terms("064a0628",{"يبحث":[0,41]},{});
