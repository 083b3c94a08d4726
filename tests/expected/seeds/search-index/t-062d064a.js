ArchiveIndex.terms("062d064a",{"حيث":[0,41]},{});
