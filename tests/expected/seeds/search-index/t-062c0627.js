ArchiveIndex.terms("062c0627",{"جانب":"Pz"},{});
