ArchiveIndex.terms("062f064a",{"ديلي":[0,41]},{});
