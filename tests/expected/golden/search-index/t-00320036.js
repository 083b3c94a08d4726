ArchiveIndex.terms("00320036",{"26":[20,36,38,75]});
