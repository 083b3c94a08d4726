ArchiveIndex.terms("06470630",{"هذه":[0,41]},{});
