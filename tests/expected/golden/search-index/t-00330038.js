ArchiveIndex.terms("00330038",{"38":"Z$}{$f"},{});
