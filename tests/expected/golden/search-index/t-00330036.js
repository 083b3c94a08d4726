ArchiveIndex.terms("00330036",{"36":"$V$iQ$|"},{});
