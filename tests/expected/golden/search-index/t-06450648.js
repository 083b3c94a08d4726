ArchiveIndex.terms("06450648",{"مورخ":"Q$|$]$|","موسم":"Y$zS$zQ$zQ$fQ$fS$fQ$lQ$lS$lW$|Q$|U$iQ$iW$|S$|Q$iS$iQ$fQ$f"},{});
