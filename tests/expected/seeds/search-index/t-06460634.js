ArchiveIndex.terms("06460634",{"نشطاء":"Pz"},{});
