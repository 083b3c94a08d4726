ArchiveIndex.terms("06420637",{"قطات":[0,41]},{});
