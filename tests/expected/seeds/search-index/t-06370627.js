ArchiveIndex.terms("06370627",{"طاير":[0,41]},{});
