ArchiveIndex.terms("06270641",{"افاد":"Pz"},{});
