ArchiveIndex.terms("062d064a",{"حيث":"Pz"},{});
