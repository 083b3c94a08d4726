ArchiveIndex.terms("00340030",{"400":"P$m"},{});
