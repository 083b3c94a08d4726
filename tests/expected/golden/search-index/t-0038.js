ArchiveIndex.terms("0038",{"8":"n$fZ$}"},{});
