ArchiveIndex.terms("062d0642",{"حقوق":"Pz"},{});
