ArchiveIndex.terms("00340036",{"46":[45,83,9,36]});
