ArchiveIndex.terms("00320030",{"2015":"Pz"},{});
