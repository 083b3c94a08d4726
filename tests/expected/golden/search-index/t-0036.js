ArchiveIndex.terms("0036",{"6":[34,69,4,43]},{});
