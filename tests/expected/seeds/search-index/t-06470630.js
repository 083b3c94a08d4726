ArchiveIndex.terms("06470630",{"هذه":"Pz"},{});
