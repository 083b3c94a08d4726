ArchiveIndex.terms("0031",{"1":[4,91,55,88,1,89]},{});
