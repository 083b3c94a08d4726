ArchiveIndex.terms("06270641",{"افتتاح":"Q$lS%QS%QQ%QX$fQ$fY$}Q$}[$iQ$iS$|Q$|[$fQ$fR$iV$l"},{});
