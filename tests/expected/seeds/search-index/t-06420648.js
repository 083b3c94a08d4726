ArchiveIndex.terms("06420648",{"قوات":"P$q","قول":"Pz"},{});
