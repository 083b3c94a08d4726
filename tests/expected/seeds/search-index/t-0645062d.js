ArchiveIndex.terms("0645062d",{"محاوله":[0,45]});
