ArchiveIndex.terms("064a0639",{"يعد":"Pz"},{});
