ArchiveIndex.terms("00310036",{"16":[37,83,9,36]});
