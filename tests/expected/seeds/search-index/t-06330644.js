ArchiveIndex.terms("06330644",{"سلامتها":[0,41]},{});
