ArchiveIndex.terms("06360631",{"ضروري":[0,41]},{});
