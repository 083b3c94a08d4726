ArchiveIndex.terms("00350030",{"50":"]$}{$f"},{});
