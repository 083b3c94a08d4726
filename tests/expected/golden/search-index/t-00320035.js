ArchiveIndex.terms("00320035",{"25":[12,83,8,36]});
