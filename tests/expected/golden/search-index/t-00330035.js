ArchiveIndex.terms("00330035",{"35":[12,75,9,36]},{});
