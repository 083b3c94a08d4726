ArchiveIndex.terms("0039",{"9":[20,69,4,44]},{});
