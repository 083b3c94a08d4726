ArchiveIndex.terms("06270641",{"افاد":[0,41]},{});
