ArchiveIndex.terms("00330037",{"37":[5,91,47,66]},{});
