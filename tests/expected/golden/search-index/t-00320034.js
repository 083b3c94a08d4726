ArchiveIndex.terms("00320034",{"24":"$U$iU$|"},{});
