ArchiveIndex.terms("00340032",{"42":[26,69,4,88]},{});
