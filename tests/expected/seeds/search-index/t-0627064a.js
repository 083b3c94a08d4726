ArchiveIndex.terms("0627064a",{"ايام":"Pz","ايدي":"Pz"},{});
