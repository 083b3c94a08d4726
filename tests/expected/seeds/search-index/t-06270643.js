ArchiveIndex.terms("06270643",{"اكبر":"Pz","اكثر":"P$m","اكد":"Pz"},{});
