ArchiveIndex.terms("0627062e",{"اخر":[4,88]},{});
