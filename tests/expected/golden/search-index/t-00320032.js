ArchiveIndex.terms("00320032",{"22":[38,83,9,36]});
