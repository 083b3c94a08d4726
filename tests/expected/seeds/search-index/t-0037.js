ArchiveIndex.terms("0037",{"7":[0,41]},{});
