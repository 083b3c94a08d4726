ArchiveIndex.terms("00350033",{"53":"R$}a$f"},{});
