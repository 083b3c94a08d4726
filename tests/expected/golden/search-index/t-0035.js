ArchiveIndex.terms("0035",{"5":"`$fZ$}"},{});
