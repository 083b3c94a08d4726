ArchiveIndex.terms("0627063a",{"اغاثه":[0,45]});
