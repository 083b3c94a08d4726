ArchiveIndex.terms("00350034",{"54":[30,69,9,44]});
