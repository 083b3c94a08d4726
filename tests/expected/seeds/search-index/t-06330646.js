ArchiveIndex.terms("06330646",{"سنو":[0,41]},{});
