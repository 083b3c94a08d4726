ArchiveIndex.terms("062a0633",{"تسيطر":"P$^"},{});
