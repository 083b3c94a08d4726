ArchiveIndex.terms("062a062f",{"تدفع":"Pz"},{});
