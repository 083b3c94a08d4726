ArchiveIndex.terms("062f0639",{"دعت":[0,41]},{});
