ArchiveIndex.terms("00350031",{"51":"]$iV$|"},{});
