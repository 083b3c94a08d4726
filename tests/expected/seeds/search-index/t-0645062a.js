ArchiveIndex.terms("0645062a",{"متحد":"Pz","متمرد":"Pz"},{});
