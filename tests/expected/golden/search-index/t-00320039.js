ArchiveIndex.terms("00320039",{"29":"_$fZ$}"},{});
