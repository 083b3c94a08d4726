ArchiveIndex.terms("0039",{"9":[39,69,4,88]},{});
