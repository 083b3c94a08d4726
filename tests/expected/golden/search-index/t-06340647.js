ArchiveIndex.terms("06340647",{"شهر":[58,88]},{});
