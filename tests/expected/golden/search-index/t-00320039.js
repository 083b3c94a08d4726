ArchiveIndex.terms("00320039",{"29":[39,75,10,36]},{});
