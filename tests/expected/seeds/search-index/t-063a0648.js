ArchiveIndex.terms("063a0648",{"غوط":"P$x"},{});
