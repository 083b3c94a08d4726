ArchiveIndex.terms("06450646",{"من":"$_$|R$|Q$|Q$|","منور":"P$}R$}S%QQ%QX$fQ$fS$fV$}Q$}[$iQ$iS$|Q$|[$fQ$fV$l"},{});
