ArchiveIndex.terms("06300643",{"ذكر":"Pz"},{});
