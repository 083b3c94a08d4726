ArchiveIndex.terms("06270628",{"ابرياء":"Pz"},{});
