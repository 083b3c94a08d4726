ArchiveIndex.terms("064a0634",{"يشبه":[3,61]});
