ArchiveIndex.terms("06470627",{"هاون":[0,58]},{});
