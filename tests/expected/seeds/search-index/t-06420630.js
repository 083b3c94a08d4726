ArchiveIndex.terms("06420630",{"قذايف":"P$^"},{});
