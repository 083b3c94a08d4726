ArchiveIndex.terms("062e0641",{"خفض":[0,41]},{});
