ArchiveIndex.terms("0036",{"6":[14,69,10,44]});
