ArchiveIndex.terms("00340037",{"47":"y$fY$}"},{});
