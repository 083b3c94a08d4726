ArchiveIndex.terms("062f0639",{"دعت":"Pz"},{});
