ArchiveIndex.terms("0039",{"9":"x$iT$|"},{});
