ArchiveIndex.terms("00350036",{"56":[11,75,19,37]});
