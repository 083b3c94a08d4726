ArchiveIndex.terms("0627062e",{"اخر":"P$^","اخير":"P$^"},{});
