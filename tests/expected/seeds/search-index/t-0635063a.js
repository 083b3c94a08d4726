ArchiveIndex.terms("0635063a",{"صغير":[0,41]},{});
