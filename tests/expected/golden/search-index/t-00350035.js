ArchiveIndex.terms("00350035",{"55":[7,83,53,37]},{});
