ArchiveIndex.terms("00320037",{"27":[49,69,1,44]},{});
