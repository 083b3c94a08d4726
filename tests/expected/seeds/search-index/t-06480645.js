ArchiveIndex.terms("06480645",{"ومن":[0,41]},{});
