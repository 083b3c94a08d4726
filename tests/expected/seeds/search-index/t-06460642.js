ArchiveIndex.terms("06460642",{"نقلت":[0,41]},{});
