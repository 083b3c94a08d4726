ArchiveIndex.terms("0635063a",{"صغير":"Pz"},{});
