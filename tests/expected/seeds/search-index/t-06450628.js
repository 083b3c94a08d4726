ArchiveIndex.terms("06450628",{"مبني":"Pz"},{});
