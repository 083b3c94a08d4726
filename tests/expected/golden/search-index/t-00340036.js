ArchiveIndex.terms("00340036",{"46":"y$fU%Q"},{});
