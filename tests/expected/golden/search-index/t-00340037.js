ArchiveIndex.terms("00340037",{"47":[36,76,18,36]});
