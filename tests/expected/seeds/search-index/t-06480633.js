ArchiveIndex.terms("06480633",{"وسط":"Pz"},{});
