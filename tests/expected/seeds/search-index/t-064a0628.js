ArchiveIndex.terms("064a0628",{"يبحث":"Pz"},{});
