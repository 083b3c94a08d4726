ArchiveIndex.terms("062d0642",{"حقوق":[0,41]},{});
