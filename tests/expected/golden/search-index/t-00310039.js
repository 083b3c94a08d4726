ArchiveIndex.terms("00310039",{"19":[31,83,1,36]},{});
