ArchiveIndex.terms("00340031",{"41":[35,75,18,36]});
