ArchiveIndex.terms("062b0648",{"ثور":[0,41]},{});
