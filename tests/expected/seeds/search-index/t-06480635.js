ArchiveIndex.terms("06480635",{"وصول":[0,41]},{});
