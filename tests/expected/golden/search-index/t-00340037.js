ArchiveIndex.terms("00340037",{"47":[40,66,9,89]},{});
