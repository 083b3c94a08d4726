ArchiveIndex.terms("0033",{"3":[1,79,47,69,6,44]},{});
