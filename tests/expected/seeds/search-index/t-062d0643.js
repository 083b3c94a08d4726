ArchiveIndex.terms("062d0643",{"حكوم":[0,41]},{});
