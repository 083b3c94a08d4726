ArchiveIndex.terms("0645062d",{"محاول":"Pz"},{});
