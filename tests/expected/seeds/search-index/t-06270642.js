ArchiveIndex.terms("06270642",{"اقليمي":[0,41]},{});
