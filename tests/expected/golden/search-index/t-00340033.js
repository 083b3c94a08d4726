ArchiveIndex.terms("00340033",{"43":[30,66,5,91]},{});
