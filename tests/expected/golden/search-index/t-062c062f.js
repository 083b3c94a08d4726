ArchiveIndex.terms("062c062f",{"جده":"Y$}S$}Q$}^$iQ$iS$|Q$|[$fQ$fQ%QS%QW$fQ$f","جديد":"Q$lS%QS%QQ%QX$fQ$fY$}Q$}[$iQ$iS$|Q$|[$fQ$fR$iV$l"},{});
