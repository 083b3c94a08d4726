ArchiveIndex.terms("06270642",{"اقليمي":"Pz"},{});
