ArchiveIndex.terms("00320038",{"28":[40,83,9,36]});
