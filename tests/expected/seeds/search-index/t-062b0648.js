ArchiveIndex.terms("062b0648",{"ثور":"Pz"},{});
