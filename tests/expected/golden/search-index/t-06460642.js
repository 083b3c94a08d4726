ArchiveIndex.terms("06460642",{"نقل":"Y$iS$iQ$iV$|Q$|S$|S$iQ$iS$fQ$fU$zQ$zU$fQ$fQ$lS$lU$yQ$yQ$fQ$f"},{});
