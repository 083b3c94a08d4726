ArchiveIndex.terms("0037",{"7":"n$fU%Q"},{});
