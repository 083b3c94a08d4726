ArchiveIndex.terms("00340037",{"47":[14,76,9,36]},{});
