ArchiveIndex.terms("06270633",{"اسعار":"S$|W$zQ$zU$fQ$fT$lQ$lV$|Q$|Y$iQ$iV$|Q$|S$iQ$iT$fQ$fR$i"},{});
