ArchiveIndex.terms("0644064a",{"ليس":"$`$n"},{});
