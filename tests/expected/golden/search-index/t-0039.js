ArchiveIndex.terms("0039",{"9":[43,69,9,44]});
