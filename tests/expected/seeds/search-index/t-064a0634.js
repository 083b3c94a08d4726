ArchiveIndex.terms("064a0634",{"يشار":"Pz","يشير":"Pz"},{});
