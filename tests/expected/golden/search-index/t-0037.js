ArchiveIndex.terms("0037",{"7":[29,66,5,91]},{});
