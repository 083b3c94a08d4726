ArchiveIndex.terms("00350030",{"50":[10,75,17,36]});
