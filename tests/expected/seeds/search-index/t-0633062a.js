ArchiveIndex.terms("0633062a",{"سته":[0,41]},{});
