ArchiveIndex.terms("0627063a",{"اغاث":[0,41]},{});
