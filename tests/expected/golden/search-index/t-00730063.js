ArchiveIndex.terms("00730063",{"script":[3,90]},{});
