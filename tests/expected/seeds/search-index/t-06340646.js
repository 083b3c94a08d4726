ArchiveIndex.terms("06340646",{"شنتها":"P$^"},{});
