ArchiveIndex.terms("00350035",{"55":[3,66,53,91]},{});
