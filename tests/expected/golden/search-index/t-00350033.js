ArchiveIndex.terms("00350033",{"53":[39,75,18,36]});
