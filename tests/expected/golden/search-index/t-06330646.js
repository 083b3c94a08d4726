ArchiveIndex.terms("06330646",{"سنه":[62,78]},{});
