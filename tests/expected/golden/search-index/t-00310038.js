ArchiveIndex.terms("00310038",{"18":[27,69,4,88]},{});
