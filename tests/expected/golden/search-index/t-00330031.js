ArchiveIndex.terms("00330031",{"31":[13,83,9,37]});
