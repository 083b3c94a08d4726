ArchiveIndex.terms("06360631",{"ضروري":"Pz"},{});
