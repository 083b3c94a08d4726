ArchiveIndex.terms("06310627",{"رابط":[3,61]},{});
