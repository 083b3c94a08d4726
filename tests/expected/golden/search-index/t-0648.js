ArchiveIndex.terms("0648",{"و":[3,76]},{});
