ArchiveIndex.terms("00310038",{"18":"l$iT$|"},{});
