ArchiveIndex.terms("06280646",{"بني":[0,41]},{});
