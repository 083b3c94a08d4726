ArchiveIndex.terms("06270645",{"امم":"Pz","اممالمتحد":"Pz","امن":"Pz"},{});
