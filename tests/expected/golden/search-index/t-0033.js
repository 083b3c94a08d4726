ArchiveIndex.terms("0033",{"3":[9,69,6,88,47,88]},{});
