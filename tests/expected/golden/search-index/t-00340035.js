ArchiveIndex.terms("00340035",{"45":[23,69,4,43]},{});
