ArchiveIndex.terms("062e0645",{"خمس":"Pz"},{});
