ArchiveIndex.terms("06450641",{"مفترض":"Pz"},{});
