ArchiveIndex.terms("0079",{"y":[60,89]},{});
