ArchiveIndex.terms("06450643",{"مكاتب":"Pz"},{});
