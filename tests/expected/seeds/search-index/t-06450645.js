ArchiveIndex.terms("06450645",{"ممر":[0,41]},{});
