ArchiveIndex.terms("0036",{"6":[25,69,4,88]},{});
