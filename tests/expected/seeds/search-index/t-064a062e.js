ArchiveIndex.terms("064a062e",{"يخرج":[0,41]},{});
