ArchiveIndex.terms("062a0645",{"تمول":[0,41]},{});
