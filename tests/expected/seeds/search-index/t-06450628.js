ArchiveIndex.terms("06450628",{"مبني":[0,41]},{});
