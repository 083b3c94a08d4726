ArchiveIndex.terms("06460638",{"نظام":"P$g"},{});
