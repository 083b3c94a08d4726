ArchiveIndex.terms("06430627",{"كال":[0,58]},{});
