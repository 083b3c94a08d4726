ArchiveIndex.terms("06330643",{"سكان":[0,41]},{});
