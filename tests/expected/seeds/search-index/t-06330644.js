ArchiveIndex.terms("06330644",{"سلامتها":"Pz"},{});
