ArchiveIndex.terms("00330033",{"33":"w$iT$|"},{});
