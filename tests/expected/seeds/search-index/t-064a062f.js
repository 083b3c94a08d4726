ArchiveIndex.terms("064a062f",{"يديو":[0,41]},{});
