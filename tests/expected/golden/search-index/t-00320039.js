ArchiveIndex.terms("00320039",{"29":[31,75,18,36]});
