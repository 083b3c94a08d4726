ArchiveIndex.terms("06450631",{"مرصد":"Pz"},{});
