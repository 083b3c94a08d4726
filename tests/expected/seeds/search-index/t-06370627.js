ArchiveIndex.terms("06370627",{"طاير":"Pz"},{});
