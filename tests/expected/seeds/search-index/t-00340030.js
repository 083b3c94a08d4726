ArchiveIndex.terms("00340030",{"400":[0,73]},{});
