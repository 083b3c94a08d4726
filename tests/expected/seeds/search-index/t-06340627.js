ArchiveIndex.terms("06340627",{"شار":[0,67]},{});
