ArchiveIndex.terms("00350030",{"50":[12,89,42,66]},{});
