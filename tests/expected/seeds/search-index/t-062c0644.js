ArchiveIndex.terms("062c0644",{"جلبت":[0,41]},{});
