ArchiveIndex.terms("00350032",{"52":[18,66,5,91]},{});
