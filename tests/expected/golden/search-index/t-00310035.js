ArchiveIndex.terms("00310035",{"15":"[$iV$|","151":"$^$l"},{});
