ArchiveIndex.terms("00350031",{"51":[10,44,47,69]});
