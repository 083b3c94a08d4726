ArchiveIndex.terms("062c0628",{"جبه":[0,41]},{});
