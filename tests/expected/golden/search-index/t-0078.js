ArchiveIndex.terms("0078",{"x":[60,91]},{});
