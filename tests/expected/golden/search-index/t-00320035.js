ArchiveIndex.terms("00320035",{"25":[8,91,47,66]},{});
