ArchiveIndex.terms("00320034",{"24":[50,69,5,88]},{});
