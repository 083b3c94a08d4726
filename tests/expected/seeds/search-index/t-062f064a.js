ArchiveIndex.terms("062f064a",{"ديلي":"Pz"},{});
