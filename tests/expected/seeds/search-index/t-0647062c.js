ArchiveIndex.terms("0647062c",{"هجوم":"P$^"},{});
