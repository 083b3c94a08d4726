ArchiveIndex.terms("00350030",{"50":[9,36,42,75]},{});
