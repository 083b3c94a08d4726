ArchiveIndex.terms("0631064a",{"رياض":"Q$lS%QS%QQ%QX$fQ$fY$}Q$}[$iQ$iS$|Q$|[$fQ$fR$iV$l"},{});
