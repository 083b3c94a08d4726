ArchiveIndex.terms("00350033",{"53":[45,36,16,75]},{});
