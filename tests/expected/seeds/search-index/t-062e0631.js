ArchiveIndex.terms("062e0631",{"خرج":"Pz"},{});
