ArchiveIndex.terms("06340648",{"شوون":"Pz"},{});
