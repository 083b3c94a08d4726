ArchiveIndex.terms("0642062f",{"قد":[0,41]},{});
