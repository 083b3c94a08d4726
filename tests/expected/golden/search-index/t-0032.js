ArchiveIndex.terms("0032",{"2":[2,79,52,75]},{});
