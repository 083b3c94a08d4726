ArchiveIndex.terms("062e0648",{"خوذ":[0,41]},{});
