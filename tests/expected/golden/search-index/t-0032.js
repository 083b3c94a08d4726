ArchiveIndex.terms("0032",{"2":[9,89,52,88]},{});
