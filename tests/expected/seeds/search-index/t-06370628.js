ArchiveIndex.terms("06370628",{"طبيه":[0,45]});
