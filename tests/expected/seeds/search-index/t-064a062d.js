ArchiveIndex.terms("064a062d",{"يحذر":"Pz"},{});
