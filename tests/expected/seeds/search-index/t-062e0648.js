ArchiveIndex.terms("062e0648",{"خوذ":"Pz"},{});
