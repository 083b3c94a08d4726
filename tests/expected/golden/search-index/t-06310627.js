ArchiveIndex.terms("06310627",{"رابط":[60,74]},{});
