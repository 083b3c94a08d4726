ArchiveIndex.terms("06270628",{"ابها":"P$iR$iQ$|W$}Q$}^$iQ$iS$|Q$|[$fQ$fT%QQ%QV$fQ$fX$l"},{});
