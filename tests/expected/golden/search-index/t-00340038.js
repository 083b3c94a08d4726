ArchiveIndex.terms("00340038",{"48":"$T$iU$|"},{});
