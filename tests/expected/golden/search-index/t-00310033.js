ArchiveIndex.terms("00310033",{"13":[6,91,47,66]},{});
