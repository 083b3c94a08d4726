ArchiveIndex.terms("00350036",{"56":[6,75,54,37]},{});
