ArchiveIndex.terms("0644064a",{"ليس":[3,61]},{});
