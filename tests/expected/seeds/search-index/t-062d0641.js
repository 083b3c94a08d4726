ArchiveIndex.terms("062d0641",{"حفاظ":"Pz"},{});
