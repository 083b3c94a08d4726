ArchiveIndex.terms("064a0627",{"يان":"Pz"},{});
