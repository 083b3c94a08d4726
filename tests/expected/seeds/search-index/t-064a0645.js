ArchiveIndex.terms("064a0645",{"يما":[0,41]},{});
