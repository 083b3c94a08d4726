ArchiveIndex.terms("062a0635",{"تصاعد":"Pz","تصعيد":"P$q"},{});
