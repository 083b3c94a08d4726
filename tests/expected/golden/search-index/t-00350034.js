ArchiveIndex.terms("00350034",{"54":[60,69,1,43]},{});
