ArchiveIndex.terms("00320035",{"25":"X%Q$R$f"},{});
