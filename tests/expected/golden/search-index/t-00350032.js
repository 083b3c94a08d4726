ArchiveIndex.terms("00350032",{"52":"c$fU%Q"},{});
