ArchiveIndex.terms("06330627",{"سابقا":"Pz"},{});
