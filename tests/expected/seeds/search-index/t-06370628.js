ArchiveIndex.terms("06370628",{"طبي":"Pz"},{});
