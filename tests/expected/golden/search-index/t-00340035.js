ArchiveIndex.terms("00340035",{"45":[36,69,4,88]},{});
