ArchiveIndex.terms("0078",{"x":[3,86]},{});
