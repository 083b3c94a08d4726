ArchiveIndex.terms("00340035",{"45":[7,43,47,69]});
