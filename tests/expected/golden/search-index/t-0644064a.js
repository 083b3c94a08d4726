ArchiveIndex.terms("0644064a",{"ليس":[60,74]},{});
