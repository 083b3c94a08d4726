ArchiveIndex.terms("06430627",{"كاله":[0,62]});
