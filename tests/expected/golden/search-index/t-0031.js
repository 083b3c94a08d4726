ArchiveIndex.terms("0031",{"1":"T%Q$Z$|Q$}"},{});
