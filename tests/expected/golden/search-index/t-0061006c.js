ArchiveIndex.terms("0061006c",{"alert":"$`$}"},{});
