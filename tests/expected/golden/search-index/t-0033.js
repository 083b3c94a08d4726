ArchiveIndex.terms("0033",{"3":"Y$iV$|$R$|"},{});
