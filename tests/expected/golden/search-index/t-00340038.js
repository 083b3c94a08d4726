ArchiveIndex.terms("00340038",{"48":[49,69,5,88]},{});
