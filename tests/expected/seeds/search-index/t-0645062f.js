ArchiveIndex.terms("0645062f",{"مدني":"P$x","مده":"Pz"},{});
