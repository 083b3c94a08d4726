ArchiveIndex.terms("0645062f",{"مدين":"P$}R$}S%QQ%QX$fQ$fS$fV$}Q$}[$iQ$iS$|Q$|[$fQ$fV$l"},{});
