ArchiveIndex.terms("00330037",{"37":[11,36,47,82]},{});
