ArchiveIndex.terms("06280639",{"بعد":"P$g","بعض":"Pz"},{});
