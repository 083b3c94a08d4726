ArchiveIndex.terms("0627062e",{"اخر":"T$|"},{});
