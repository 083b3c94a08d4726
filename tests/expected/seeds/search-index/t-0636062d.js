ArchiveIndex.terms("0636062d",{"ضحايا":"Pz"},{});
