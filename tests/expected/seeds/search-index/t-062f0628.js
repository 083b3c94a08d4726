ArchiveIndex.terms("062f0628",{"دبلوماسي":[0,41]},{});
