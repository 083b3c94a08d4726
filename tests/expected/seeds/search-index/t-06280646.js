ArchiveIndex.terms("06280646",{"بني":"Pz"},{});
