ArchiveIndex.terms("06270639",{"اعمال":"P$^","اعنف":"Pz"},{});
