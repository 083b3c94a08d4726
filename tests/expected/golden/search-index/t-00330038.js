ArchiveIndex.terms("00330038",{"38":[10,89,42,66]},{});
