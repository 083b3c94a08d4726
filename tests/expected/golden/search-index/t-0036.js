ArchiveIndex.terms("0036",{"6":"j$iT$|"},{});
