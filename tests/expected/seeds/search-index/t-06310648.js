ArchiveIndex.terms("06310648",{"روسيا":"P$g"},{});
