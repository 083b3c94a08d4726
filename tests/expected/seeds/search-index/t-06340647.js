ArchiveIndex.terms("06340647",{"شهر":[0,41]},{});
