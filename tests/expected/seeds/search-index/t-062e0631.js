ArchiveIndex.terms("062e0631",{"خرج":[0,41]},{});
