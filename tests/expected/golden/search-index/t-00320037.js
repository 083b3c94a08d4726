ArchiveIndex.terms("00320037",{"27":"^$iQ$|"},{});
