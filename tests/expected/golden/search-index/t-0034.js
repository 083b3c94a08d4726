ArchiveIndex.terms("0034",{"4":"`$fU%Q"},{});
