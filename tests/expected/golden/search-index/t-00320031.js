ArchiveIndex.terms("00320031",{"21":[47,69,9,43]});
