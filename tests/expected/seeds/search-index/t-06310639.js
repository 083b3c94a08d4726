ArchiveIndex.terms("06310639",{"رعاي":"Pz"},{});
