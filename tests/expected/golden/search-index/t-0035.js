ArchiveIndex.terms("0035",{"5":[15,66,10,89]},{});
