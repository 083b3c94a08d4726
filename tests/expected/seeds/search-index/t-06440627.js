ArchiveIndex.terms("06440627",{"لا":"P$g"},{});
