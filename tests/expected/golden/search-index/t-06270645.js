ArchiveIndex.terms("06270645",{"امطار":"Y$zS$zQ$zQ$fQ$fS$fQ$lQ$lS$lW$|Q$|U$iQ$iW$|S$|Q$iS$iQ$fQ$f"},{});
