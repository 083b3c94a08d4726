ArchiveIndex.terms("00330037",{"37":"U%Q$R$f"},{});
