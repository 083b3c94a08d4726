ArchiveIndex.terms("00350032",{"52":[40,83,5,36]},{});
