ArchiveIndex.terms("00340034",{"44":[30,66,6,89]},{});
