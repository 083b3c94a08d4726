ArchiveIndex.terms("0634062f",{"شديد":"Pz"},{});
