ArchiveIndex.terms("06460642",{"نقلت":"Pz"},{});
