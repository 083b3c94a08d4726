ArchiveIndex.terms("062c0644",{"جلبت":"Pz"},{});
