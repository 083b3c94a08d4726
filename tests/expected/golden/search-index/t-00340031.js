ArchiveIndex.terms("00340031",{"41":[37,75,10,36]},{});
