ArchiveIndex.terms("0633062a",{"سته":"Pz"},{});
