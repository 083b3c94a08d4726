ArchiveIndex.terms("06370644",{"طلبت":[0,41]},{});
