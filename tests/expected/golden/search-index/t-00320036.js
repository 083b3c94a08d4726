ArchiveIndex.terms("00320036",{"26":[8,36,42,75]},{});
