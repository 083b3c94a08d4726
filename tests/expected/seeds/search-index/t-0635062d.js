ArchiveIndex.terms("0635062d",{"صحيف":[0,41]},{});
