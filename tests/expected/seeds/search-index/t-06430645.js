ArchiveIndex.terms("06430645",{"كما":[0,41]},{});
