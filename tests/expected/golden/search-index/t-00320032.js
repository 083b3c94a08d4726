ArchiveIndex.terms("00320032",{"22":[41,66,5,91]},{});
