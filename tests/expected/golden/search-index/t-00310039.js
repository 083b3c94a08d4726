ArchiveIndex.terms("00310039",{"19":[9,83,9,36]});
