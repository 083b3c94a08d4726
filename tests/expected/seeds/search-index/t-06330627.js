ArchiveIndex.terms("06330627",{"سابقا":[0,41]},{});
