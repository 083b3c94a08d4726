ArchiveIndex.terms("06470646",{"هناك":[0,41]},{});
