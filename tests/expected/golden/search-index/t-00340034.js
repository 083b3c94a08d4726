ArchiveIndex.terms("00340034",{"44":[27,75,6,36]},{});
