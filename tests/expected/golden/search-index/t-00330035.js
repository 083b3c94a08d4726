ArchiveIndex.terms("00330035",{"35":[32,75,18,36]});
