ArchiveIndex.terms("00320031",{"21":[37,69,4,88]},{});
