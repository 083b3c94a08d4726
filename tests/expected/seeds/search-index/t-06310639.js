ArchiveIndex.terms("06310639",{"رعاي":[0,41]},{});
