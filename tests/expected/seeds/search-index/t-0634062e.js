ArchiveIndex.terms("0634062e",{"شخصا":[0,41]},{});
