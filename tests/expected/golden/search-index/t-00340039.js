ArchiveIndex.terms("00340039",{"49":[7,91,47,66]},{});
