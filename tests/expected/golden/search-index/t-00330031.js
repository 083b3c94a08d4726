ArchiveIndex.terms("00330031",{"31":[30,83,5,37]},{});
