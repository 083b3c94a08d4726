ArchiveIndex.terms("00330034",{"34":[41,83,9,36]});
