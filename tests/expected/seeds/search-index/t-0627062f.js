ArchiveIndex.terms("0627062f",{"ادي":[0,58]},{});
