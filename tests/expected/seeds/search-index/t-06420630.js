ArchiveIndex.terms("06420630",{"قذايف":[0,58]},{});
