ArchiveIndex.terms("00340035",{"45":"u$iT$|"},{});
