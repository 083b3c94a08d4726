ArchiveIndex.terms("06480643",{"وكال":[0,41]},{});
