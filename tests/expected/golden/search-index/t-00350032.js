ArchiveIndex.terms("00350032",{"52":[48,83,9,36]});
