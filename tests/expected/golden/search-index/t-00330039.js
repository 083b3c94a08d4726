ArchiveIndex.terms("00330039",{"39":[47,69,6,44]},{});
