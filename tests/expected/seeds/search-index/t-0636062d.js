ArchiveIndex.terms("0636062d",{"ضحايا":[0,41]},{});
