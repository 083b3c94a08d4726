ArchiveIndex.terms("062d0641",{"حفاظ":[0,41]},{});
