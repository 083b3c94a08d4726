ArchiveIndex.terms("062c062b",{"جثام":[0,41]},{});
