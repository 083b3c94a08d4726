ArchiveIndex.terms("0038",{"8":[24,75,10,37]},{});
