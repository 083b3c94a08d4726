ArchiveIndex.terms("006a0061",{"javascript":"$`$n"},{});
