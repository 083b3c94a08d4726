ArchiveIndex.terms("06440627",{"لا":[0,67]},{});
