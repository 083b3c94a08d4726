ArchiveIndex.terms("06330646",{"سنه":[1,88]},{});
