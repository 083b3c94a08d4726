ArchiveIndex.terms("06430627",{"كال":"P$^"},{});
