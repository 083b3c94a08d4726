ArchiveIndex.terms("00340039",{"49":[9,36,47,83]},{});
