ArchiveIndex.terms("062c062b",{"جثام":"Pz"},{});
