ArchiveIndex.terms("06270638",{"اظهرت":[0,41]},{});
