ArchiveIndex.terms("00310033",{"13":[10,36,47,82]},{});
