ArchiveIndex.terms("06450631",{"مرصد":[0,41]},{});
