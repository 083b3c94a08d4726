ArchiveIndex.terms("06460635",{"نص":[3,61]},{});
