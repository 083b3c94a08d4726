ArchiveIndex.terms("062f0641",{"دفاع":[0,41]},{});
