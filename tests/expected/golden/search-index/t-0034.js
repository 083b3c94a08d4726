ArchiveIndex.terms("0034",{"4":[43,83,5,36]},{});
