ArchiveIndex.terms("062f0641",{"دفاع":"Pz"},{});
