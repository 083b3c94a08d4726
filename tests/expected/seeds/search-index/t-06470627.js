ArchiveIndex.terms("06470627",{"هاون":"P$^"},{});
