ArchiveIndex.terms("006a0061",{"javascript":[3,61]},{});
