ArchiveIndex.terms("0648",{"و":[60,84]},{});
