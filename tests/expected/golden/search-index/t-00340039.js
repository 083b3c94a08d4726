ArchiveIndex.terms("00340039",{"49":[19,83,8,36]});
