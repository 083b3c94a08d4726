ArchiveIndex.terms("06450637",{"مطر":[0,41]},{});
