ArchiveIndex.terms("00340032",{"42":"k$iT$|"},{});
