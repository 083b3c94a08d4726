ArchiveIndex.terms("06480631",{"وري":"Pz"},{});
