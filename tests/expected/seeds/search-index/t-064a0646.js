ArchiveIndex.terms("064a0646",{"يناقش":"Pz","ينما":"Pz"},{});
