ArchiveIndex.terms("00320031",{"21":"v$iT$|"},{});
