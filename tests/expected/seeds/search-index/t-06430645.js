ArchiveIndex.terms("06430645",{"كما":"Pz"},{});
