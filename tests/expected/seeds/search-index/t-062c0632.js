ArchiveIndex.terms("062c0632",{"جزءا":[0,41]},{});
