ArchiveIndex.terms("00320036",{"26":[13,89,42,66]},{});
