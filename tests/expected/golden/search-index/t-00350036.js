ArchiveIndex.terms("00350036",{"56":"S$f$Y$}"},{});
