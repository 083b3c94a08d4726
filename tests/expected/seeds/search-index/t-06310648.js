ArchiveIndex.terms("06310648",{"روسيا":[0,67]},{});
