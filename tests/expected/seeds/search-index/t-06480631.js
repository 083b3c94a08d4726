ArchiveIndex.terms("06480631",{"وري":[0,41]},{});
