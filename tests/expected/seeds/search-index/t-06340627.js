ArchiveIndex.terms("06340627",{"شار":"P$g"},{});
