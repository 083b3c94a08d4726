ArchiveIndex.terms("00320034",{"24":[20,69,9,44]});
