ArchiveIndex.terms("06310627",{"رابط":"$`$n"},{});
