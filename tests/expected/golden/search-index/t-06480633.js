ArchiveIndex.terms("06480633",{"وسوم":[60,74]},{});
