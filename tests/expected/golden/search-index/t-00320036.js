ArchiveIndex.terms("00320036",{"26":"^$}{$f"},{});
