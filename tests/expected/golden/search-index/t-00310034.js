ArchiveIndex.terms("00310034",{"14":"[$}{$f"},{});
