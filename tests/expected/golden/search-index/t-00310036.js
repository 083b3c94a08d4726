ArchiveIndex.terms("00310036",{"16":[41,83,5,36]},{});
