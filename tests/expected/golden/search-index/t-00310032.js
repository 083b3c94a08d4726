ArchiveIndex.terms("00310032",{"12":"$S$iU$|"},{});
