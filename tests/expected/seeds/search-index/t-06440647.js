ArchiveIndex.terms("06440647",{"لها":[0,67]},{});
