ArchiveIndex.terms("063a0648",{"غوط":[0,84]},{});
