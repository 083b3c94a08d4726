ArchiveIndex.terms("0646062e",{"نختبي":"Pz"},{});
