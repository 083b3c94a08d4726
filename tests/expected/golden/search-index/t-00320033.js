ArchiveIndex.terms("00320033",{"23":[29,76,18,36]});
