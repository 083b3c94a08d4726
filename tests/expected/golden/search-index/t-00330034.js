ArchiveIndex.terms("00330034",{"34":[16,83,5,36]},{});
