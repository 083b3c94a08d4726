ArchiveIndex.terms("00350036",{"56":[3,66,54,89]},{});
