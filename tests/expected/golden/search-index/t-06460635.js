ArchiveIndex.terms("06460635",{"نص":[60,74]},{});
