ArchiveIndex.terms("00310033",{"13":[8,82,8,36]});
