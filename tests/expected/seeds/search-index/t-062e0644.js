ArchiveIndex.terms("062e0644",{"خلال":"Pz","خلق":"Pz"},{});
