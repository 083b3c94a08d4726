ArchiveIndex.terms("06460638",{"نظام":[0,67]},{});
