ArchiveIndex.terms("062f0628",{"دبلوماسي":"Pz"},{});
