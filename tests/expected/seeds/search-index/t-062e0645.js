ArchiveIndex.terms("062e0645",{"خمس":[0,41]},{});
