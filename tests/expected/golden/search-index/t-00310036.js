ArchiveIndex.terms("00310036",{"16":[17,66,5,91]},{});
