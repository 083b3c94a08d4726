ArchiveIndex.terms("0079",{"y":[3,82]},{});
