ArchiveIndex.terms("064a0634",{"يشب":[60,74]},{});
