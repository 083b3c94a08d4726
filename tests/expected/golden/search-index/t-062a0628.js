ArchiveIndex.terms("062a0628",{"تبوك":"S$fW$iQ$iU$|Q$|[$fQ$fT%QQ%QV$fQ$fX$}Q$}V%QR$lT$l"},{});
