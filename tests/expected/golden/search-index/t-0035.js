ArchiveIndex.terms("0035",{"5":[38,75,10,36]},{});
