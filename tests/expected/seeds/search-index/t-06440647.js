ArchiveIndex.terms("06440647",{"لها":"P$g"},{});
