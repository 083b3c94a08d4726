ArchiveIndex.terms("00330039",{"39":"Z$iV$|"},{});
