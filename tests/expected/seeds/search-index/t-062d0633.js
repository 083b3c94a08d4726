ArchiveIndex.terms("062d0633",{"حسب":"Pz"},{});
