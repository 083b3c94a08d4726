ArchiveIndex.terms("00330039",{"39":[6,44,47,69]});
