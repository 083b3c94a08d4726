ArchiveIndex.terms("0627062e",{"اخر":[59,78]},{});
