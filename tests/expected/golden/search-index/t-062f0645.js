ArchiveIndex.terms("062f0645",{"دمام":"Y$iS$iQ$iQ$|Q$|S$|]$fQ$fQ%QS%QW$fQ$fU$}S$}"},{});
