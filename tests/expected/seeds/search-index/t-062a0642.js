ArchiveIndex.terms("062a0642",{"تقدمت":"Pz","تقريرها":"Pz","تقول":"Pz"},{});
