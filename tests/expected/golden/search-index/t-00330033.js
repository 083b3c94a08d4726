ArchiveIndex.terms("00330033",{"33":[50,69,9,44]});
