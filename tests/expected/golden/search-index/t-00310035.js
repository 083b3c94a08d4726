ArchiveIndex.terms("00310035",{"15":[46,69,9,44]});
