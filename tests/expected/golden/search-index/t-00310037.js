ArchiveIndex.terms("00310037",{"17":[28,75,18,36]});
