ArchiveIndex.terms("062f0648",{"دولي":"P$^"},{});
