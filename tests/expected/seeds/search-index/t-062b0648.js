ArchiveIndex.terms("062b0648",{"ثوره":[0,45]});
