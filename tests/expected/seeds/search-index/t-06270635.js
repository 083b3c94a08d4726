ArchiveIndex.terms("06270635",{"اصابت":"Pz","اصابوا":"Pz","اصدر":"Pz"},{});
