ArchiveIndex.terms("064a062f",{"يديو":"Pz"},{});
