ArchiveIndex.terms("00330033",{"33":[38,69,4,88]},{});
