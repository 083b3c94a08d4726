ArchiveIndex.terms("06330646",{"سنو":"Pz"},{});
