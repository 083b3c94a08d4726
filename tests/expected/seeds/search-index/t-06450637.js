ArchiveIndex.terms("06450637",{"مطر":"Pz"},{});
