ArchiveIndex.terms("064a0645",{"يما":"Pz"},{});
