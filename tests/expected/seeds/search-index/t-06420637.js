ArchiveIndex.terms("06420637",{"قطات":"Pz"},{});
