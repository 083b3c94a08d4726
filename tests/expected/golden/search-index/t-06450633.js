ArchiveIndex.terms("06450633",{"مستشفي":"Q$lS%QS%QQ%QX$fQ$fY$}Q$}[$iQ$iS$|Q$|[$fQ$fR$iV$l"},{});
