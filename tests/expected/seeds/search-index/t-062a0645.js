ArchiveIndex.terms("062a0645",{"تمول":"Pz"},{});
