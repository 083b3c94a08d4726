ArchiveIndex.terms("06370644",{"طلبت":"Pz"},{});
