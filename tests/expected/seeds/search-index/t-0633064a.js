ArchiveIndex.terms("0633064a",{"سيد":"Pz","سيطر":"P$^"},{});
