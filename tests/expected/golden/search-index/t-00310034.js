ArchiveIndex.terms("00310034",{"14":[11,89,42,66]},{});
