ArchiveIndex.terms("0646062d",{"نحن":[0,41]},{});
