ArchiveIndex.terms("06340648",{"شوون":[0,41]},{});
