ArchiveIndex.terms("0627062b",{"اثن":[0,58]},{});
