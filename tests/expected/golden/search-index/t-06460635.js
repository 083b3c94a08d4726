ArchiveIndex.terms("06460635",{"نص":"$`$n"},{});
