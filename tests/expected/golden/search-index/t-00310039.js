ArchiveIndex.terms("00310039",{"19":[31,66,1,91]},{});
