ArchiveIndex.terms("062a062d",{"تحالف":"Pz","تحتي":"Pz"},{});
