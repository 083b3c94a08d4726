ArchiveIndex.terms("062e0645",{"خمسه":[0,45]});
