ArchiveIndex.terms("06470646",{"هناك":"Pz"},{});
