ArchiveIndex.terms("06420635",{"قصف":"P$m","قصفهما":"Pz"},{});
