ArchiveIndex.terms("00320038",{"28":"_$fU%Q"},{});
