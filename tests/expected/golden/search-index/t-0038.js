ArchiveIndex.terms("0038",{"8":[14,37,38,75]});
