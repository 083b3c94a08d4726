ArchiveIndex.terms("0641064a",{"في":[0,92],"فيه":[0,45]});
