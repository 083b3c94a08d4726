ArchiveIndex.terms("0061006c",{"alert":[3,82]},{});
