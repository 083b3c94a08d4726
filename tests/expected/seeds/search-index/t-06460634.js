ArchiveIndex.terms("06460634",{"نشطاء":[0,41]},{});
