ArchiveIndex.terms("062d062f",{"حده":[5,79],"حدها":[62,78]});
