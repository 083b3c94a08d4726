ArchiveIndex.terms("0635062d",{"صحيف":"Pz"},{});
