ArchiveIndex.terms("06450647",{"مهرج":"Y$iS$iQ$iQ$fQ$fQ$yQ$yQ$f]$fQ$fQ$lQ$|Q$|Q$lW$fQ$fU$iQ$zQ$zQ$iU$|"},{});
