ArchiveIndex.terms("00320032",{"22":[17,83,5,36]},{});
