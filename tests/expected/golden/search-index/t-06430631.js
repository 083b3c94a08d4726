ArchiveIndex.terms("06430631",{"كره":"P$}R$}S%QQ%QX$fQ$fS$fV$}Q$}[$iQ$iS$|Q$|[$fQ$fV$l"},{});
