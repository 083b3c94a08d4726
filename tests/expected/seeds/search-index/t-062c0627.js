ArchiveIndex.terms("062c0627",{"جانب":[0,41]},{});
