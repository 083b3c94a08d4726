ArchiveIndex.terms("00330036",{"36":[23,69,9,44]});
