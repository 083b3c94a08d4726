ArchiveIndex.terms("062c0632",{"جزءا":"Pz"},{});
