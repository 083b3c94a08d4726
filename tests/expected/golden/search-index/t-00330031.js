ArchiveIndex.terms("00330031",{"31":[28,66,5,91]},{});
