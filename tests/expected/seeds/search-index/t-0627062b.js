ArchiveIndex.terms("0627062b",{"اثن":"P$^"},{});
