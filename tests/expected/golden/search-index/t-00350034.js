ArchiveIndex.terms("00350034",{"54":[2,69,1,88]},{});
