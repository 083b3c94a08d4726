ArchiveIndex.terms("00330037",{"37":[15,82,8,36]});
