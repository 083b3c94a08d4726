ArchiveIndex.terms("0037",{"7":[5,83,9,37]});
