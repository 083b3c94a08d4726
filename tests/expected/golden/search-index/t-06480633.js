ArchiveIndex.terms("06480633",{"وسوم":[3,61]},{});
