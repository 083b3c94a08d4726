ArchiveIndex.terms("00340036",{"46":[18,83,5,36]},{});
