ArchiveIndex.terms("062f0648",{"دولي":[0,58]},{});
