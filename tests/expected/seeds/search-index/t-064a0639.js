ArchiveIndex.terms("064a0639",{"يعد":[0,41]},{});
