ArchiveIndex.terms("06280647",{"به":[0,41]},{});
