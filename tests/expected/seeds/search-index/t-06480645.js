ArchiveIndex.terms("06480645",{"ومن":"Pz"},{});
