ArchiveIndex.terms("00340034",{"44":[7,75,19,36]});
