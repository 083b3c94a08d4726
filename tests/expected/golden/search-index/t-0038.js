ArchiveIndex.terms("0038",{"8":[29,66,10,89]},{});
