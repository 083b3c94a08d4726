ArchiveIndex.terms("00310031",{"11":[43,66,5,89]},{});
