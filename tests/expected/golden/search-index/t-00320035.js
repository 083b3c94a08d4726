ArchiveIndex.terms("00320035",{"25":[8,36,47,83]},{});
