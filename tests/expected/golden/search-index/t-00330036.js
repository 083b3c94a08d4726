ArchiveIndex.terms("00330036",{"36":[11,69,1,44]},{});
