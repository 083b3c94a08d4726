ArchiveIndex.terms("00730063",{"script":[60,94]},{});
