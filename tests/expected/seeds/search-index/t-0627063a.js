ArchiveIndex.terms("0627063a",{"اغاث":"Pz"},{});
