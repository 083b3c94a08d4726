ArchiveIndex.terms("00310031",{"11":[15,75,5,36]},{});
