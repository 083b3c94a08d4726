ArchiveIndex.terms("06390644",{"علي":"P$q","عليها":"P$^"},{});
