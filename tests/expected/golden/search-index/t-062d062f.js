ArchiveIndex.terms("062d062f",{"حدها":[61,78]});
