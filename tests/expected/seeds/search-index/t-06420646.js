ArchiveIndex.terms("06420646",{"قنابل":[0,41]},{});
