ArchiveIndex.terms("00350033",{"53":[2,89,16,66]},{});
