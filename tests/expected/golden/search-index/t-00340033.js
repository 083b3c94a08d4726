ArchiveIndex.terms("00340033",{"43":"o$fU%Q"},{});
