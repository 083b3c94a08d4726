ArchiveIndex.terms("0037",{"7":"Pz"},{});
