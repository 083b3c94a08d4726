ArchiveIndex.terms("0646062e",{"نختبي":[0,41]},{});
