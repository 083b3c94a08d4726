ArchiveIndex.terms("0647062c",{"هجوم":[0,58]},{});
