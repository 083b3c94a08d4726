ArchiveIndex.terms("062a0627",{"تابع":"Pz"},{});
