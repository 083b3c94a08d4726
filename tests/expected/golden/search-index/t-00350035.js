ArchiveIndex.terms("00350035",{"55":[21,83,9,37]});
