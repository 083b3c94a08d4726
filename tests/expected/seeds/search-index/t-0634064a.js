ArchiveIndex.terms("0634064a",{"شيك":[0,41]},{});
