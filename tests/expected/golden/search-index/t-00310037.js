ArchiveIndex.terms("00310037",{"17":[17,66,10,89]},{});
