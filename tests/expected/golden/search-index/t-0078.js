ArchiveIndex.terms("0078",{"x":"$`%Q"},{});
