ArchiveIndex.terms("00340038",{"48":[27,69,9,44]});
