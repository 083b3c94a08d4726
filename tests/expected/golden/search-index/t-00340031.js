ArchiveIndex.terms("00340031",{"41":[16,66,10,89]},{});
