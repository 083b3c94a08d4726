ArchiveIndex.terms("00320037",{"27":[13,69,1,88]},{});
