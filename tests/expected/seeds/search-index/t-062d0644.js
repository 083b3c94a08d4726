ArchiveIndex.terms("062d0644",{"حلفاء":[0,41]},{});
