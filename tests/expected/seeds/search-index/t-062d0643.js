ArchiveIndex.terms("062d0643",{"حكومه":[0,45]});
