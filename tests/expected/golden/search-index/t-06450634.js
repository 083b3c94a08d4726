ArchiveIndex.terms("06450634",{"مشروع":"Y$iS$iQ$iV$|Q$|S$|S$iQ$iS$fQ$fU$zQ$zU$fQ$fQ$lS$lU$yQ$yQ$fQ$f"},{});
