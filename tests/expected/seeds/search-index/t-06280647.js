ArchiveIndex.terms("06280647",{"به":"Pz"},{});
