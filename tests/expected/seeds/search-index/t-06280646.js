ArchiveIndex.terms("06280646",{"بنيه":[0,45]});
