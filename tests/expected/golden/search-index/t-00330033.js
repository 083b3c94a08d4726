ArchiveIndex.terms("00330033",{"33":[21,69,4,44]},{});
