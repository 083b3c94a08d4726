ArchiveIndex.terms("06300643",{"ذكر":[0,41]},{});
