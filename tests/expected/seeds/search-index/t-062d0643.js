ArchiveIndex.terms("062d0643",{"حكوم":"Pz"},{});
