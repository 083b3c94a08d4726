ArchiveIndex.terms("06330646",{"سنه":[61,78]});
