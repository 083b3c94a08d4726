ArchiveIndex.terms("062c0628",{"جبه":"Pz"},{});
