ArchiveIndex.terms("06460627",{"ناج":"Pz","نار":"Pz"},{});
