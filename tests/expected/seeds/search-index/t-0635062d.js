ArchiveIndex.terms("0635062d",{"صحيفه":[0,45]});
