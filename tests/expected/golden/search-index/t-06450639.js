ArchiveIndex.terms("06450639",{"معرض":"S$fW$iQ$iS$yQ$yQ$fQ$fQ$yZ$fQ$fS$|Q$lQ$lQ$|U$fQ$fW$zQ$iQ$iQ$zU$lR$lT$l"},{});
