ArchiveIndex.terms("06340647",{"شهر":"Pz"},{});
