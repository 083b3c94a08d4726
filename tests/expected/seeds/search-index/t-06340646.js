ArchiveIndex.terms("06340646",{"شنتها":[0,58]},{});
