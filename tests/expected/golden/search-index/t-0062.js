ArchiveIndex.terms("0062",{"b":"$`$x"},{});
