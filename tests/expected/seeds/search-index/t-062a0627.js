ArchiveIndex.terms("062a0627",{"تابع":[0,41]},{});
