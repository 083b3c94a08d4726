ArchiveIndex.terms("062a0633",{"تسيطر":[0,58]},{});
