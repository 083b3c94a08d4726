ArchiveIndex.terms("00340034",{"44":"o$fV$}"},{});
