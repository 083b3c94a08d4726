ArchiveIndex.terms("062f0645",{"دمشق":"P$q"},{});
