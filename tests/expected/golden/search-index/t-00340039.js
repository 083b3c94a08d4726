ArchiveIndex.terms("00340039",{"49":"W%Q$R$f"},{});
