ArchiveIndex.terms("0648",{"و":"$`$x"},{});
