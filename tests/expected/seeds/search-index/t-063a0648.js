ArchiveIndex.terms("063a0648",{"غوطه":[0,86]});
