ArchiveIndex.terms("06370628",{"طبي":[0,41]},{});
