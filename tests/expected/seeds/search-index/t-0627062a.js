ArchiveIndex.terms("0627062a",{"اتحاد":"Pz","اتفاق":"Pz"},{});
