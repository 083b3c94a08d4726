ArchiveIndex.terms("06450645",{"ممر":"Pz"},{});
