ArchiveIndex.terms("064a0646",{"يناير":"$c$|"},{});
