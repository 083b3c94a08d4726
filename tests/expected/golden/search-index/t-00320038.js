ArchiveIndex.terms("00320038",{"28":[44,83,5,36]},{});
