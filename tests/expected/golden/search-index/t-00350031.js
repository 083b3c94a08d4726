ArchiveIndex.terms("00350031",{"51":[12,69,6,88]},{});
