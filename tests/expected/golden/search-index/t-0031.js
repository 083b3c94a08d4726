ArchiveIndex.terms("0031",{"1":[3,82,1,78,55,83]},{});
