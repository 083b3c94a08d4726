ArchiveIndex.terms("064a062e",{"يخرج":"Pz"},{});
