ArchiveIndex.terms("06450643",{"مكاتب":[0,41]},{});
