ArchiveIndex.terms("06330646",{"سنه":"Q$|"},{});
