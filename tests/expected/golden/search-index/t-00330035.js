ArchiveIndex.terms("00330035",{"35":[42,66,9,89]},{});
