ArchiveIndex.terms("00310033",{"13":"V%Q$R$f"},{});
