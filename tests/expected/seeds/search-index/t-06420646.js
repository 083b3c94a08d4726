ArchiveIndex.terms("06420646",{"قنابل":"Pz"},{});
