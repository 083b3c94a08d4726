ArchiveIndex.terms("062d0644",{"حلفاء":"Pz"},{});
