ArchiveIndex.terms("00320030",{"2015":[0,41]},{});
