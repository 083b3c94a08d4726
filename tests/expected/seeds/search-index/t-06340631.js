ArchiveIndex.terms("06340631",{"شرقي":"P$y"},{});
