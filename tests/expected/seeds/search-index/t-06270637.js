ArchiveIndex.terms("06270637",{"اطفال":"P$^","اطلاق":"Pz"},{});
