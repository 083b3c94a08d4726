ArchiveIndex.terms("06450641",{"مفترض":[0,41]},{});
