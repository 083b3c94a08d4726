ArchiveIndex.terms("062a062a",{"تتخذ":"Pz","تتساقط":"Pz","تتعرض":"Pz"},{});
