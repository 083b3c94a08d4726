ArchiveIndex.terms("06340631",{"شرقي":[0,85]},{});
