ArchiveIndex.terms("00310038",{"18":[32,69,4,43]},{});
