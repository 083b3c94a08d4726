ArchiveIndex.terms("0062",{"b":[60,84]},{});
