ArchiveIndex.terms("062f0645",{"دمشق":[0,77]},{});
