ArchiveIndex.terms("00310039",{"19":"p$fQ%Q"},{});
