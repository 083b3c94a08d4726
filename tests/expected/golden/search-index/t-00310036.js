ArchiveIndex.terms("00310036",{"16":"b$fU%Q"},{});
