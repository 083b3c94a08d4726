ArchiveIndex.terms("00310031",{"11":[25,75,18,36]});
