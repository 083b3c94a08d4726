ArchiveIndex.terms("064a0646",{"يناير":[63,88]},{});
