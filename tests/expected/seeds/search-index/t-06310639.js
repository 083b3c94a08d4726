ArchiveIndex.terms("06310639",{"رعايه":[0,45]});
