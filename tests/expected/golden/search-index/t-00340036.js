ArchiveIndex.terms("00340036",{"46":[40,66,5,91]},{});
