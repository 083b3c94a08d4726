ArchiveIndex.terms("0646062d",{"نحن":"Pz"},{});
