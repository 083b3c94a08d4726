ArchiveIndex.terms("0034",{"4":[15,66,5,91]},{});
