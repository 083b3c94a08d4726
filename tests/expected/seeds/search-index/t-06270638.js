ArchiveIndex.terms("06270638",{"اظهرت":"Pz"},{});
