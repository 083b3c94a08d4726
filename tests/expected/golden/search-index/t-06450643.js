ArchiveIndex.terms("06450643",{"مكرم":"_$fQ$fS$fQ%QQ%QS%QW$fQ$fU$}Q$}[$iS$iQ$|Q$|","مكه":"_$fQ$fS$fQ%QQ%QS%QW$fQ$fU$}Q$}[$iS$iQ$|Q$|"},{});
