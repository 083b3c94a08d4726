ArchiveIndex.terms("0034",{"4":[33,83,9,36]});
