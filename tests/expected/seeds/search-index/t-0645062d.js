ArchiveIndex.terms("0645062d",{"محاول":[0,41]},{});
