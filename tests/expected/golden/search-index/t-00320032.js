ArchiveIndex.terms("00320032",{"22":"z$fU%Q"},{});
