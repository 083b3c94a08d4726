ArchiveIndex.terms("062d0645",{"حمل":"P$iR$iQ$fW$iQ$iZ$|Q$|R$iQ$iS$fQ$fY$zQ$zQ$fQ$fT$lQ$lV$fQ$fQ$yQ$yR$zT$l"},{});
