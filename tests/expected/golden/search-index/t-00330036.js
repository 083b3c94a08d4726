ArchiveIndex.terms("00330036",{"36":[51,69,1,88]},{});
