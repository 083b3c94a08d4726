ArchiveIndex.terms("06460641",{"نفس":"T$|","نفط":"S$|W$zQ$zU$fQ$fT$lQ$lV$|Q$|Y$iQ$iV$|Q$|S$iQ$iT$fQ$fR$i"},{});
