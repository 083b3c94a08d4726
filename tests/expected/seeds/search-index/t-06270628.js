ArchiveIndex.terms("06270628",{"ابرياء":[0,41]},{});
