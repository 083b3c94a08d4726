ArchiveIndex.terms("00350034",{"54":"R$iQ$|"},{});
