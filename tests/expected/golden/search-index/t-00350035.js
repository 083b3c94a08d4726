ArchiveIndex.terms("00350035",{"55":"S$f$X%Q"},{});
