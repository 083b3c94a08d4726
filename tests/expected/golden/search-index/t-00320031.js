ArchiveIndex.terms("00320031",{"21":[22,69,4,43]},{});
