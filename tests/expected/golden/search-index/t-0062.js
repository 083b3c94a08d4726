ArchiveIndex.terms("0062",{"b":[3,76]},{});
