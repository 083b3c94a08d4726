ArchiveIndex.terms("0033",{"3":[1,79,41,69,9,44]});
