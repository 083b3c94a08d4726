ArchiveIndex.terms("06270634",{"اشخاص":"Pz","اشهر":"Pz"},{});
