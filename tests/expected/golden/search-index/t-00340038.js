ArchiveIndex.terms("00340038",{"48":[9,69,5,44]},{});
