ArchiveIndex.terms("062e0641",{"خفض":"Pz"},{});
