ArchiveIndex.terms("0642062f",{"قدم":"P$}R$}S%QQ%QX$fQ$fS$fV$}Q$}[$iQ$iS$|Q$|[$fQ$fV$l"},{});
