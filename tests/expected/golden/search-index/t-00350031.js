ArchiveIndex.terms("00350031",{"51":[45,69,6,44]},{});
