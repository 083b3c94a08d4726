ArchiveIndex.terms("06450627",{"ما":"P$^","ماضي":"P$^"},{});
