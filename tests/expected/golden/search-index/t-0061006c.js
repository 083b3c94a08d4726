ArchiveIndex.terms("0061006c",{"alert":[60,89]},{});
