ArchiveIndex.terms("062a0634",{"تشجير":"P$iR$iQ$fW$iQ$iZ$|Q$|R$iQ$iS$fQ$fY$zQ$zQ$fQ$fT$lQ$lV$fQ$fQ$yQ$yR$zT$l"},{});
