ArchiveIndex.terms("00340032",{"42":[33,69,4,43]},{});
