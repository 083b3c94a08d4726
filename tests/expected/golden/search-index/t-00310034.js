ArchiveIndex.terms("00310034",{"14":[10,36,42,76]},{});
