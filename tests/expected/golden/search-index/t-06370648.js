ArchiveIndex.terms("06370648",{"طول":"P$}R$}S%QQ%QX$fQ$fS$fV$}Q$}[$iQ$iS$|Q$|[$fQ$fV$l"},{});
