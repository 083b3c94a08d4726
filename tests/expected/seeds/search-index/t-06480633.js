ArchiveIndex.terms("06480633",{"وسط":[0,41]},{});
