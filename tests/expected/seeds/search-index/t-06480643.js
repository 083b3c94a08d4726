ArchiveIndex.terms("06480643",{"وكال":"Pz"},{});
