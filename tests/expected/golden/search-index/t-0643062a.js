ArchiveIndex.terms("0643062a",{"كتاب":"S$fW$iQ$iS$yQ$yQ$fQ$fQ$yZ$fQ$fS$|Q$lQ$lQ$|U$fQ$fW$zQ$iQ$iQ$zU$lR$lT$l"},{});
