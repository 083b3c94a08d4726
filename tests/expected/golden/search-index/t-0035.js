ArchiveIndex.terms("0035",{"5":[24,75,18,36]});
