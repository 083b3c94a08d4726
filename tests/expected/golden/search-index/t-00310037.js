ArchiveIndex.terms("00310037",{"17":[36,75,10,36]},{});
