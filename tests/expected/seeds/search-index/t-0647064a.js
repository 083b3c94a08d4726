ArchiveIndex.terms("0647064a",{"هي":"Pz","هيلكوبتر":"Pz"},{});
