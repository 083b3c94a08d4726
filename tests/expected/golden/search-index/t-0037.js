ArchiveIndex.terms("0037",{"7":[29,83,5,37]},{});
