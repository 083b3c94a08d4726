ArchiveIndex.terms("062a0627",{"تابعه":[0,45]});
