ArchiveIndex.terms("062d0627",{"حايل":"S$f^$fQ$fT%QQ%QV$fQ$fY$}Q$}Z$iQ$iT$|Q$|R$}"},{});
