ArchiveIndex.terms("06270631",{"ارفقت":"Pz","ارهابي":"Pz"},{});
