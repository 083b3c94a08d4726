ArchiveIndex.terms("062d0633",{"حسب":[0,41]},{});
