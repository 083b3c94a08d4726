ArchiveIndex.terms("0627062f",{"ادي":"P$^"},{});
