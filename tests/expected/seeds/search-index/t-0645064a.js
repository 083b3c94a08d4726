ArchiveIndex.terms("0645064a",{"ميات":"Pz","ميل":"Pz"},{});
