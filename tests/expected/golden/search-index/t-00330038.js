ArchiveIndex.terms("00330038",{"38":[11,36,42,76]},{});
