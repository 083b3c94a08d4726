ArchiveIndex.terms("0634062e",{"شخصا":"Pz"},{});
