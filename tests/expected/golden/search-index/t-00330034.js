ArchiveIndex.terms("00330034",{"34":[42,66,5,91]},{});
