ArchiveIndex.terms("0634062f",{"شديد":[0,41]},{});
