ArchiveIndex.terms("06390631",{"عريض":"$`$n"},{});
