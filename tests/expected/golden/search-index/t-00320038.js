ArchiveIndex.terms("00320038",{"28":[14,66,5,91]},{});
