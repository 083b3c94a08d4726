ArchiveIndex.terms("00330031",{"31":"m$fU%Q"},{});
