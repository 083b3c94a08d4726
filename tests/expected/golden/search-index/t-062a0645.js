ArchiveIndex.terms("062a0645",{"تمور":"Y$iS$iQ$iQ$fQ$fQ$yQ$yQ$f]$fQ$fQ$lQ$|Q$|Q$lW$fQ$fU$iQ$zQ$zQ$iU$|"},{});
