ArchiveIndex.terms("06450639",{"معارض":"P$t","معانا":"Pz","معني":"Pz"},{});
