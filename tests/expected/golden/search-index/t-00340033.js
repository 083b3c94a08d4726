ArchiveIndex.terms("00340033",{"43":[28,83,5,36]},{});
