ArchiveIndex.terms("06340647",{"شهر":[5,79]},{});
