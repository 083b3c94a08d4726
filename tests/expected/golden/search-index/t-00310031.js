ArchiveIndex.terms("00310031",{"11":"|$fU$}"},{});
