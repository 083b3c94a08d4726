ArchiveIndex.terms("00320033",{"23":"z$fY$}"},{});
