ArchiveIndex.terms("064a0634",{"يشب":[3,61]},{});
