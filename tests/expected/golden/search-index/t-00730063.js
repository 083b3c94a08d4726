ArchiveIndex.terms("00730063",{"script":"$`%T"},{});
