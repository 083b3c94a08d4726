ArchiveIndex.terms("00340033",{"43":[17,83,9,36]});
