ArchiveIndex.terms("0631064a",{"ريف":[0,41]},{});
