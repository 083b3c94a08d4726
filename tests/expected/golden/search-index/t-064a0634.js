ArchiveIndex.terms("064a0634",{"يشب":"$`$n"},{});
