ArchiveIndex.terms("006a0061",{"javascript":[60,74]},{});
