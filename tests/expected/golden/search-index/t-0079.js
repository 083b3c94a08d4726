ArchiveIndex.terms("0079",{"y":"$`$}"},{});
