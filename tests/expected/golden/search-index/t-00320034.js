ArchiveIndex.terms("00320034",{"24":[8,69,5,44]},{});
