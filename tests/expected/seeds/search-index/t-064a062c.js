ArchiveIndex.terms("064a062c",{"يجب":[0,41]},{});
