ArchiveIndex.terms("062a062f",{"تدفع":[0,41]},{});
