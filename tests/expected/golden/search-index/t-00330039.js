ArchiveIndex.terms("00330039",{"39":[10,69,6,88]},{});
